;;; e2e.el --- End-to-end test of rubric.el in real Emacs (batch) with Eglot  -*- lexical-binding: t; -*-

;; Run by test.sh: emacs --batch -l e2e.el.  Opens copies of a design doc that lacks its
;; Monitoring section, lets Eglot start the real Rubric server the way a user's config does
;; (markdown-mode-hook -> eglot-ensure), waits for Rubric's Flymake diagnostics, applies the
;; quick fix through `eglot-code-actions' and checks the buffer.  Every wait is bounded; any
;; failure prints FAIL and exits 1.

;;; Code:

(require 'package)
(package-activate-all)                  ; Debian's elpa-eglot and elpa-markdown-mode
(require 'cl-lib)
(require 'subr-x)

(defvar e2e-dir (or (getenv "RUBRIC_E2E_DIR") (error "RUBRIC_E2E_DIR is not set")))
(defvar e2e-timeout (/ (string-to-number (or (getenv "RUBRIC_E2E_TIMEOUT_MS") "60000")) 1000.0))
(defvar e2e-here (file-name-directory (or load-file-name buffer-file-name)))

(defun e2e-log (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun e2e-fail (fmt &rest args)
  (e2e-log "FAIL: %s" (apply #'format fmt args))
  (dolist (buffer (buffer-list))
    (when (string-match-p "EGLOT.*events" (buffer-name buffer))
      (with-current-buffer buffer
        (e2e-log "--- %s (last 3000 chars)\n%s" (buffer-name)
                 (buffer-substring-no-properties (max (point-min) (- (point-max) 3000)) (point-max))))))
  (kill-emacs 1))

(defun e2e-command-loop-tick ()
  "What the command loop and redisplay do between a user's commands, which batch Emacs does not:
run `post-command-hook' (eglot-ensure connects from there, Flymake starts from there) and the
window-configuration hooks (Flymake waits for a buffer to be displayed), let processes and
timers run, then fire the idle timers a pause in typing would (Eglot sends didChange from one)."
  (let ((this-command 'e2e-user-command)) ; as if the user had just run a command
    (run-hooks 'post-command-hook))
  (run-window-configuration-change-hook) ; redisplay would, once a window shows a new buffer
  (accept-process-output nil 0.05)
  (dolist (timer (copy-sequence timer-idle-list))
    (when (memq timer timer-idle-list)
      (cancel-timer timer)
      (apply (timer--function timer) (timer--args timer))))
  (sit-for 0.05))

(defun e2e-wait (what predicate &optional seconds)
  (let ((deadline (+ (float-time) (or seconds e2e-timeout))))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (when (getenv "E2E_DEBUG")
          (e2e-log "debug: buffer %s win %S flymake %S reportfn %S diags %S running %S" (current-buffer) (get-buffer-window) flymake-mode
                   (and (boundp 'eglot--current-flymake-report-fn) eglot--current-flymake-report-fn)
                   (length (flymake-diagnostics)) (and (fboundp 'flymake-running-backends) (flymake-running-backends))))
        (e2e-fail "timed out after %ss waiting for %s" (or seconds e2e-timeout) what))
      (e2e-command-loop-tick))))

;; --- the user's configuration (as the README says) ---------------------------------------
(add-to-list 'load-path (expand-file-name ".." e2e-here))
(require 'markdown-mode)
(require 'rubric)
(rubric-eglot-setup)
(add-hook 'markdown-mode-hook #'eglot-ensure)
;; the server command under test, run through sh so it may hold a classpath or quotes
(setq rubric-server-command
      (list "sh" "-c" (concat "exec " (or (getenv "RUBRIC_CMD") (error "RUBRIC_CMD is not set")))))
(setq rubric-settings '(:debounceMs 50))
(setq eglot-confirm-server-initiated-edits nil
      eglot-sync-connect 0)
(setq flymake-no-changes-timeout 0.2)

(defun e2e-open (name)
  (find-file (expand-file-name name e2e-dir))
  (unless (derived-mode-p 'markdown-mode) (e2e-fail "%s opened in %s, not markdown-mode" name major-mode))
  (e2e-wait (format "Eglot to manage %s" name) (lambda () (bound-and-true-p eglot--managed-mode)))
  (unless (cl-typep (eglot-current-server) 'rubric-eglot-server)
    (e2e-fail "the server for %s is %S, not Rubric's" name (eglot-current-server)))
  (current-buffer))

(defun e2e-missing-monitoring-block-p ()
  (cl-some (lambda (d) (string-match-p "'Monitoring'" (plist-get d :message)))
           (rubric-diagnostics "missing-block")))

(condition-case err
    (let ((started (float-time)))
      ;; 1. open: markdown-mode-hook -> eglot-ensure -> rubric--contact -> the server starts
      (e2e-open "design.md")
      (e2e-log "ok: Eglot manages design.md with %s" (eglot--server-info (eglot-current-server)))

      ;; 2. diagnostics arrive in Flymake with the rule id as code and source "rubric"
      (e2e-wait "a 'monitoring' diagnostic in Flymake" (lambda () (rubric-diagnostics "monitoring")))
      (let* ((diag (car (rubric-diagnostics "monitoring")))
             (line (1+ (plist-get (plist-get (plist-get diag :range) :start) :line))))
        (e2e-log "ok: diagnostics arrived after %.1f s; monitoring at line %d: %s"
                 (- (float-time) started) line (plist-get diag :message))
        (unless (e2e-missing-monitoring-block-p) (e2e-fail "no missing-block finding for Monitoring"))
        (when (save-excursion (goto-char (point-min)) (re-search-forward "^## Monitoring$" nil t))
          (e2e-fail "the fixture already has a Monitoring heading"))

        ;; 2b. outline: Eglot's imenu index (documentSymbol)
        (let* ((index (eglot-imenu))
               (names (let (acc)
                        (cl-labels ((walk (tree) (dolist (e tree)
                                                   (push (car e) acc)
                                                   (when (consp (cdr e))
                                                     (unless (markerp (cdr e)) (unless (numberp (cdr e)) (walk (cdr e))))))))
                          (walk index))
                        acc)))
          (unless (member "Trade-offs" names) (e2e-fail "imenu has no Trade-offs entry: %S" index))
          (e2e-log "ok: imenu (documentSymbol) lists %d entries, Trade-offs among them" (length names)))

        ;; 2c. hover on the Trade-offs heading through Eglot's eldoc function
        (save-excursion
          (goto-char (point-min))
          (re-search-forward "^## Trade-offs$")
          (beginning-of-line)
          (forward-char 3)
          (let ((hover nil))
            (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
            (e2e-wait "the hover" (lambda () hover) 30)
            (unless (string-match-p "Trade-offs" hover) (e2e-fail "hover on the Trade-offs heading: %S" hover))
            (e2e-log "ok: hover (eldoc) on \"## Trade-offs\": %s"
                     (truncate-string-to-width (replace-regexp-in-string "\n+" " / " hover) 110))))

        ;; 3. the quick fix through Eglot's own code-action command, the user picking the fix
        (goto-char (point-min))
        (forward-line (1- line))
        (let ((offered nil)
              (last-nonmenu-event ?\r))      ; a keyboard user: Eglot asks with completing-read
          (cl-letf (((symbol-function 'completing-read)
                     (lambda (_prompt collection &rest _)
                       (setq offered (mapcar #'car collection))
                       "Insert 'Monitoring' section")))
            (eglot-code-actions (line-beginning-position) (line-end-position) nil t))
          (e2e-log "ok: code actions offered: %s" (string-join offered " | "))
          (unless (member "Insert 'Monitoring' section" offered)
            (e2e-fail "no \"Insert 'Monitoring' section\" code action"))))

      ;; 4. the buffer changed as expected
      (goto-char (point-min))
      (unless (re-search-forward "^## Monitoring$" nil t) (e2e-fail "no '## Monitoring' heading after the fix"))
      (let ((heading-line (line-number-at-pos)))
        (forward-line -1)
        (unless (looking-at-p "^$") (e2e-fail "the inserted heading does not follow a blank line"))
        (e2e-log "ok: quick fix inserted \"## Monitoring\" at line %d (buffer now %d lines)"
                 heading-line (count-lines (point-min) (point-max))))

      ;; 5. Eglot sends the change; the server re-lints; Flymake drops the missing block
      (e2e-wait "the missing Monitoring block finding to go" (lambda () (not (e2e-missing-monitoring-block-p))))
      (e2e-log "ok: after the edit the server no longer reports the missing Monitoring block")

      ;; 6. coverage and insert-missing-blocks (refactoring code action) on a second copy
      (e2e-open "design2.md")
      (e2e-wait "diagnostics on design2.md" (lambda () (rubric-diagnostics "missing-block")))
      (let ((coverage (rubric-coverage)))
        (unless (and coverage (string-match-p "readiness [0-9]+/100 · missing: Monitoring" coverage))
          (e2e-fail "unexpected coverage: %S" coverage))
        (e2e-log "ok: rubric-coverage: %s" coverage))
      (rubric-insert-missing-blocks)
      (unless (save-excursion (goto-char (point-min)) (re-search-forward "^## Monitoring$" nil t))
        (e2e-fail "rubric-insert-missing-blocks inserted no Monitoring heading"))
      (e2e-log "ok: rubric-insert-missing-blocks inserted the Monitoring block")

      ;; 7. the lens command through workspace/executeCommand -> server's workspace/applyEdit
      (e2e-open "design3.md")
      (e2e-wait "diagnostics on design3.md" (lambda () (rubric-diagnostics "missing-block")))
      ;; completion after '#' through Eglot's completion-at-point function
      (save-excursion
        (goto-char (point-max))
        (insert "\n#")
        (let* ((capf (eglot-completion-at-point))
               (candidates (all-completions (buffer-substring-no-properties (nth 0 capf) (nth 1 capf)) (nth 2 capf))))
          (unless (cl-some (lambda (c) (string-match-p "Monitoring" c)) candidates)
            (e2e-fail "completion after # offers no Monitoring block: %S" candidates))
          (e2e-log "ok: completion-at-point after \"#\" offers: %s" (string-join candidates " | ")))
        (delete-region (- (point-max) 2) (point-max)))
      (e2e-command-loop-tick)           ; the user pauses: Eglot sends the pending didChange
      (eglot-execute-command (eglot-current-server) 'rubric.insertMissingBlocks
                             (vector (eglot--path-to-uri buffer-file-name)))
      (e2e-wait "the server-applied edit"
                (lambda () (save-excursion (goto-char (point-min)) (re-search-forward "^## Monitoring$" nil t))))
      (e2e-log "ok: rubric.insertMissingBlocks inserted the Monitoring block through workspace/applyEdit")

      (e2e-log "PASS: emacs e2e")
      (let ((server (eglot-current-server)))
        (with-demoted-errors "shutdown: %S" (eglot-shutdown server nil 10)))
      (kill-emacs 0))
  (error (e2e-fail "%s" (error-message-string err))))

;;; e2e.el ends here
