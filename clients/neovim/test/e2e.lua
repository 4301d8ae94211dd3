-- End-to-end test of the Rubric plugin in real headless Neovim against the real server.
-- Run by test.sh:  nvim --headless -u minimal_init.lua -c 'luafile e2e.lua'
-- Every wait is bounded; any failure prints FAIL and exits 1.
local rubric = require('rubric')
local dir = assert(os.getenv('RUBRIC_E2E_DIR'), 'RUBRIC_E2E_DIR is not set')
local timeout = tonumber(os.getenv('RUBRIC_E2E_TIMEOUT_MS') or '60000')

local function log(...)
  io.stdout:write(table.concat(vim.tbl_map(tostring, { ... }), ' ') .. '\n')
end

local function fail(message)
  log('FAIL: ' .. message)
  local logfile = vim.lsp.get_log_path and vim.lsp.get_log_path()
  if logfile then log('(LSP log: ' .. logfile .. ')') end
  vim.cmd('cquit 1')
end

local function wait_for(what, predicate, ms)
  local ok = vim.wait(ms or timeout, predicate, 50)
  if not ok then fail('timed out after ' .. (ms or timeout) .. ' ms waiting for ' .. what) end
end

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
end

local function rubric_diagnostics(bufnr, code)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local c = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if d.source == 'rubric' and (code == nil or c == code) then table.insert(found, d) end
  end
  return found
end

local ok, err = xpcall(function()
  -- 1. open the document: the FileType autocmd starts the server and attaches it
  local started = vim.loop.hrtime()
  vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/design.md'))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= 'markdown' then fail('filetype is ' .. vim.bo[bufnr].filetype) end
  wait_for('the rubric client to attach', function()
    local c = rubric.client_for(bufnr)
    return c ~= nil and c.initialized ~= false
  end)
  log('ok: rubric client attached')

  -- 2. diagnostics arrive, with the rule id as code and source "rubric"
  wait_for("a 'monitoring' diagnostic", function() return #rubric_diagnostics(bufnr, 'monitoring') > 0 end)
  local monitoring = rubric_diagnostics(bufnr, 'monitoring')[1]
  log(string.format('ok: diagnostics arrived after %d ms; monitoring at line %d: %s',
    (vim.loop.hrtime() - started) / 1e6, monitoring.lnum + 1, monitoring.message))
  if #rubric_diagnostics(bufnr, 'missing-block') == 0 then fail('no missing-block diagnostic') end
  if buffer_text(bufnr):find('\n## Monitoring', 1, true) then fail('fixture already has a Monitoring heading') end

  -- 3. coverage from the code lens
  local coverage, cerr = rubric.coverage(bufnr, timeout)
  if not coverage then fail('coverage: ' .. tostring(cerr)) end
  if not coverage:find('readiness %d+/100 · missing: Monitoring') then fail('unexpected coverage: ' .. coverage) end
  log('ok: coverage lens: ' .. coverage)

  -- 3b. the coverage lens as Neovim's codelens module holds it (what it displays)
  wait_for('the code lens on the title', function()
    local lenses = vim.lsp.codelens.get(bufnr)
    return lenses and #lenses > 0 and lenses[1].command ~= nil
  end)
  log('ok: vim.lsp.codelens shows on line ' .. (vim.lsp.codelens.get(bufnr)[1].range.start.line + 1) .. ': '
    .. vim.lsp.codelens.get(bufnr)[1].command.title)

  -- 3c. outline: document symbols, through Neovim's own conversion to list items
  local client = rubric.client_for(bufnr)
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  local symbols = client.request_sync('textDocument/documentSymbol', params, timeout, bufnr)
  if not symbols or symbols.err or not symbols.result then fail('no document symbols') end
  local items = vim.lsp.util.symbols_to_items(symbols.result, bufnr)
  local tradeoffs
  local function find(list)
    for _, sym in ipairs(list) do
      if sym.name == 'Trade-offs' then tradeoffs = sym end
      find(sym.children or {})
    end
  end
  find(symbols.result)
  if not tradeoffs or not (tradeoffs.detail or ''):find('Trade%-offs') then
    fail('no Trade-offs symbol with its block as detail: ' .. vim.inspect(tradeoffs))
  end
  log(string.format('ok: outline has %d entries; "Trade-offs" detail: %s', #items, tradeoffs.detail))

  -- 3d. hover on the Trade-offs heading: the block's checklist
  local hover_line = tradeoffs.selectionRange.start.line
  local hover = client.request_sync('textDocument/hover', {
    textDocument = params.textDocument, position = { line = hover_line, character = 3 },
  }, timeout, bufnr)
  local contents = hover and hover.result and hover.result.contents
  local hover_lines = contents and vim.lsp.util.convert_input_to_markdown_lines(contents) or {}
  local hover_text = table.concat(hover_lines, '\n')
  if not hover_text:find('Trade', 1, true) then fail('hover on the Trade-offs heading: ' .. vim.inspect(hover)) end
  log('ok: hover on "## Trade-offs": ' .. hover_text:gsub('\n', ' / '):sub(1, 120))

  -- 4. the code action, through Neovim's own code-action flow: cursor on the finding,
  --    vim.lsp.buf.code_action(), and vim.ui.select answered like a user picking the fix
  vim.api.nvim_win_set_cursor(0, { monitoring.lnum + 1, monitoring.col })
  local offered, chosen
  vim.ui.select = function(items, opts, on_choice)
    offered = {}
    for _, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or item[2].title
      table.insert(offered, title)
      if not chosen and title == "Insert 'Monitoring' section" then chosen = item end
    end
    on_choice(chosen)
  end
  vim.lsp.buf.code_action()
  wait_for('the code-action menu', function() return offered ~= nil end)
  log('ok: code actions offered: ' .. table.concat(offered, ' | '))
  if not chosen then fail("no \"Insert 'Monitoring' section\" code action") end

  -- 5. the buffer changed as expected
  wait_for('the Monitoring heading in the buffer', function()
    return buffer_text(bufnr):find('\n## Monitoring\n', 1, true) ~= nil
  end, 5000)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local heading
  for i, line in ipairs(lines) do if line == '## Monitoring' then heading = i end end
  if not heading then fail('no line is exactly "## Monitoring"') end
  if lines[heading - 1] ~= '' then fail('the inserted heading does not follow a blank line') end
  log(string.format('ok: quick fix inserted "## Monitoring" at line %d (buffer now %d lines)', heading, #lines))

  -- 6. the server re-lints the edited buffer: the missing Monitoring block is no longer reported
  wait_for('the missing Monitoring block finding to go', function()
    for _, d in ipairs(rubric_diagnostics(bufnr, 'missing-block')) do
      if d.message:find("'Monitoring'", 1, true) then return false end
    end
    return true
  end)
  log('ok: after the edit the server no longer reports the missing Monitoring block')

  -- 6b. completion after '#': the missing block, offered where a heading starts
  vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/design3.md'))
  local third = vim.api.nvim_get_current_buf()
  wait_for('the client to attach to design3.md', function() return rubric.client_for(third) ~= nil end)
  wait_for('diagnostics on design3.md', function() return #rubric_diagnostics(third, 'missing-block') > 0 end)
  local last = vim.api.nvim_buf_line_count(third)
  vim.api.nvim_buf_set_lines(third, last, last, false, { '', '#' })
  local completion = rubric.client_for(third).request_sync('textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(third) }, position = { line = last + 1, character = 1 },
    context = { triggerKind = 2, triggerCharacter = '#' },
  }, timeout, third)
  local labels = {}
  for _, item in ipairs(vim.lsp.util.extract_completion_items(completion and completion.result or {})) do
    table.insert(labels, item.label)
  end
  if not table.concat(labels, '|'):find('Monitoring', 1, true) then
    fail('completion after # offers no Monitoring block: ' .. vim.inspect(completion))
  end
  log('ok: completion after "#" offers: ' .. table.concat(labels, ' | '))

  -- 7. the insert-missing-blocks command: workspace/executeCommand -> the server's
  --    workspace/applyEdit -> Neovim applies it to a second document
  vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/design2.md'))
  local second = vim.api.nvim_get_current_buf()
  wait_for('the client to attach to the second document', function() return rubric.client_for(second) ~= nil end)
  wait_for('diagnostics on the second document', function() return #rubric_diagnostics(second, 'missing-block') > 0 end)
  vim.cmd('RubricInsertMissingBlocks')
  wait_for('the server-applied edit', function()
    return buffer_text(second):find('\n## Monitoring\n', 1, true) ~= nil
  end)
  io.stdout:write('\n') -- Neovim's own "Workspace edit" message has no newline
  log('ok: :RubricInsertMissingBlocks inserted the Monitoring block through workspace/applyEdit')
end, debug.traceback)

if not ok then fail(tostring(err)) end
log('PASS: neovim e2e')
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd('qall!')
