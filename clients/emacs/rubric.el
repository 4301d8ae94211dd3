;;; rubric.el --- Rubric design-doc linter through Eglot  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: languages, tools, markdown
;; URL: https://github.com/rubric-lint/rubric

;;; Commentary:

;; Registers the Rubric language server (`rubric lsp') with Eglot for Markdown buffers.
;; Findings show through Flymake, fixes through `eglot-code-actions', the template's blocks
;; in imenu (documentSymbol), checklists through eldoc (hover).
;;
;;   (add-to-list 'load-path "/path/to/rubric/clients/emacs")
;;   (require 'rubric)
;;   (rubric-eglot-setup)                       ; register with Eglot
;;   (add-hook 'markdown-mode-hook #'eglot-ensure)
;;
;; The server is started as `rubric-server-command' when set, else Java (`rubric-java',
;; else $JAVA_HOME/bin/java, else java on the PATH) with the first jar of
;; `rubric-jar-candidates' that exists, else the `rubric' launcher on the PATH.

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'jsonrpc)
(require 'subr-x)

(defgroup rubric nil
  "Rubric design-document linter through Eglot."
  :group 'tools
  :prefix "rubric-")

(defcustom rubric-server-command nil
  "The full command that starts the server, a list of strings.
nil: run `rubric-jar' (or a jar found by `rubric-jar-candidates') with Java."
  :type '(choice (const :tag "Find it" nil) (repeat string)))

(defcustom rubric-jar nil
  "Path to the shaded rubric.jar.
nil: the first of `rubric-jar-candidates' that exists."
  :type '(choice (const :tag "Find it" nil) file))

(defcustom rubric-java nil
  "The java executable.  nil: $JAVA_HOME/bin/java, else java on the PATH."
  :type '(choice (const :tag "Find it" nil) file))

(defcustom rubric-jvm-args '("-XX:+UseSerialGC" "-Xshare:auto")
  "JVM options for the server, as the `rubric' launcher uses for `lsp'."
  :type '(repeat string))

(defcustom rubric-major-modes '(markdown-mode gfm-mode markdown-ts-mode)
  "Major modes whose buffers Rubric checks (language id \"markdown\")."
  :type '(repeat symbol))

(defcustom rubric-settings nil
  "The `rubric' settings section, a plist.
For example:
  (:template \"ml-system-design\" :rules (:monitoring \"error\"))
Sent as initializationOptions and answered to workspace/configuration;
a `:rubric' section of `eglot-workspace-configuration' (for example
from .dir-locals.el) wins over it, key by key."
  :type 'plist)

(defconst rubric--directory (file-name-directory (or load-file-name buffer-file-name default-directory))
  "Where rubric.el lives (clients/emacs in a Rubric checkout).")

(defun rubric-jar-candidates ()
  "Where to look for rubric.jar, in order."
  (delq nil
        (list rubric-jar
              (getenv "RUBRIC_JAR")
              (expand-file-name "../../server/target/rubric.jar" rubric--directory)
              (expand-file-name "rubric/rubric.jar" (or (getenv "XDG_DATA_HOME") "~/.local/share")))))

(defun rubric-find-java ()
  "The java executable to run the server with."
  (or rubric-java
      (let ((home (getenv "JAVA_HOME")))
        (and home (not (string-empty-p home))
             (file-executable-p (expand-file-name "bin/java" home))
             (expand-file-name "bin/java" home)))
      (executable-find "java")
      "java"))

(defun rubric-server-program ()
  "The command line that starts the server, or nil when none is found."
  (or rubric-server-command
      (when-let ((jar (cl-find-if (lambda (f) (and f (file-regular-p f))) (rubric-jar-candidates))))
        (append (list (rubric-find-java)) rubric-jvm-args (list "-jar" (expand-file-name jar) "lsp")))
      (when (executable-find "rubric") (list "rubric" "lsp"))))

(defclass rubric-eglot-server (eglot-lsp-server) ()
  "Eglot's connection to the Rubric language server.")

(defun rubric--settings-section (server)
  "The `rubric' settings for SERVER.
`rubric-settings', overridden by Eglot's :rubric workspace section."
  (let* ((configured (and server
                          (ignore-errors
                            (plist-get (eglot--workspace-configuration-plist server) :rubric))))
         (merged (copy-sequence rubric-settings)))
    (cl-loop for (k v) on configured by #'cddr do (setq merged (plist-put merged k v)))
    (or merged eglot--{})))

(cl-defmethod eglot-initialization-options ((server rubric-eglot-server))
  "Rubric's settings, so the first lint already uses them."
  (list :rubric (rubric--settings-section server)))

(cl-defmethod eglot-handle-request
  ((server rubric-eglot-server) (_method (eql workspace/configuration)) &key items)
  "Answer SERVER's workspace/configuration request for ITEMS.
Section \"rubric\" (or \"rubric.KEY\") comes from `rubric--settings-section'."
  (apply #'vector
         (mapcar (lambda (item)
                   (let ((section (plist-get item :section)))
                     (cond ((member section '("rubric" "" nil)) (rubric--settings-section server))
                           ((and (stringp section) (string-prefix-p "rubric." section))
                            (or (plist-get (rubric--settings-section server)
                                           (intern (concat ":" (substring section 7))))
                                nil))
                           (t nil))))
                 items)))

(defun rubric--contact (&optional interactive)
  "Eglot contact for Rubric; INTERACTIVE as in `eglot-server-programs'."
  (let ((program (rubric-server-program)))
    (cond (program (cons 'rubric-eglot-server program))
          (interactive
           (cons 'rubric-eglot-server
                 (list (read-file-name "Rubric: rubric.jar to run: " nil nil t) "lsp")))
          (t (user-error "Rubric: no server found; set `rubric-jar' or `rubric-server-command', or put `rubric' on the PATH")))))

;;;###autoload
(defun rubric-eglot-setup ()
  "Register the Rubric language server with Eglot for `rubric-major-modes'."
  (interactive)
  (let ((modes (mapcar (lambda (m) (list m :language-id "markdown")) rubric-major-modes)))
    (setq eglot-server-programs
          (cons (cons modes #'rubric--contact)
                (cl-remove-if (lambda (entry) (eq (cdr entry) #'rubric--contact)) eglot-server-programs)))))

(defun rubric--server ()
  (or (eglot-current-server) (user-error "Rubric: Eglot is not managing this buffer")))

(defun rubric--code-action (title kind)
  "The code action called TITLE of KIND offered for the whole buffer, or nil."
  (let ((actions (eglot-code-actions (point-min) (point-max) kind)))
    (cl-find-if (lambda (a) (equal (plist-get a :title) title)) actions)))

;;;###autoload
(defun rubric-insert-missing-blocks ()
  "Insert every template block the document lacks.
Applies the server's \"Insert all missing template blocks\" code action."
  (interactive)
  (rubric--server)
  (let ((action (rubric--code-action "Insert all missing template blocks" "refactor.rewrite")))
    (if (not action)
        (message "Rubric: no template block is missing")
      (eglot--apply-workspace-edit (plist-get action :edit))
      t)))

;;;###autoload
(defun rubric-coverage ()
  "Show and return the template coverage of this document.
For example \"design-doc · 6/8 blocks · readiness 91/100 · missing: Monitoring\"."
  (interactive)
  (let* ((server (rubric--server))
         (_ (eglot--signal-textDocument/didChange)) ; the server must see pending edits first
         (lenses (jsonrpc-request server :textDocument/codeLens
                                  (list :textDocument (eglot--TextDocumentIdentifier))))
         (title (cl-loop for lens across lenses
                         for title = (plist-get (plist-get lens :command) :title)
                         when title return title)))
    (when (called-interactively-p 'interactive)
      (message "Rubric: %s" (or title "no template applies to this document")))
    title))

(defun rubric-diagnostics (&optional rule)
  "Rubric's Flymake diagnostics in this buffer, only RULE's when given.
Each is the LSP diagnostic plist (:code :message :range ...)."
  (cl-loop for diag in (flymake-diagnostics (point-min) (point-max))
           for lsp = (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag)))
           when (and lsp (equal (plist-get lsp :source) "rubric")
                     (or (null rule) (equal (plist-get lsp :code) rule)))
           collect lsp))

(provide 'rubric)
;;; rubric.el ends here
