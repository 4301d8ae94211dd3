-- Rubric for Neovim's built-in LSP client (Neovim 0.7 or newer).
--
--   require('rubric').setup({})          -- defaults: start `rubric lsp` for markdown buffers
--
-- The plugin only starts the server and adds two commands; diagnostics, code actions,
-- outline, hover, completion and code lenses are Neovim's own LSP features.
local M = {}

local uv = vim.loop

M.defaults = {
  -- The full command that starts the server. nil: work it out (see M.resolve_cmd).
  cmd = nil,
  -- A rubric.jar to run with Java, instead of looking for one.
  jar = nil,
  -- The java executable; nil: $JAVA_HOME/bin/java, else `java` on the PATH.
  java = nil,
  -- JVM options (the `rubric` launcher's for `lsp`: serial GC, class-data sharing, C2 kept for a long run).
  jvm_args = { '-XX:+UseSerialGC', '-Xshare:auto' },
  filetypes = { 'markdown' },
  root_markers = { '.rubric.yaml', '.rubric.yml', '.rubric.json', '.git' },
  -- Sent through workspace/configuration (section "rubric") and didChangeConfiguration:
  -- { rubric = { template = 'auto', rules = { monitoring = 'error' }, debounceMs = 200 } }
  settings = { rubric = vim.empty_dict() },
  -- Refresh and show the template-coverage code lens on the title.
  codelens = true,
  on_attach = nil,
  capabilities = nil,
}

M.config = vim.deepcopy(M.defaults)

local function is_file(path)
  local stat = path and uv.fs_stat(path)
  return stat ~= nil and stat.type == 'file'
end

local function is_executable(path)
  return path ~= nil and path ~= '' and vim.fn.executable(path) == 1
end

--- The directory holding this plugin (clients/neovim in a Rubric checkout).
local function plugin_root()
  local source = debug.getinfo(1, 'S').source:sub(2)
  return vim.fn.fnamemodify(source, ':p:h:h:h')
end

--- Where the plugin looks for the shaded jar, in order.
function M.jar_candidates()
  local candidates = {}
  if vim.env.RUBRIC_JAR and vim.env.RUBRIC_JAR ~= '' then
    table.insert(candidates, vim.env.RUBRIC_JAR)
  end
  -- running from a Rubric checkout: clients/neovim -> server/target/rubric.jar
  table.insert(candidates, plugin_root() .. '/../../server/target/rubric.jar')
  -- the per-user install location every Rubric client looks in
  local data = (vim.env.XDG_DATA_HOME and vim.env.XDG_DATA_HOME ~= '') and vim.env.XDG_DATA_HOME
    or (vim.loop.os_homedir() .. '/.local/share')
  table.insert(candidates, data .. '/rubric/rubric.jar')
  return candidates
end

function M.find_java(java)
  if java and java ~= '' then
    return java
  end
  local home = vim.env.JAVA_HOME
  if home and home ~= '' and is_executable(home .. '/bin/java') then
    return home .. '/bin/java'
  end
  return 'java'
end

--- The command that starts the server: `cmd` when given; else Java with `jar` (or the first
--- jar found); else the `rubric` launcher on the PATH.
function M.resolve_cmd(config)
  if config.cmd then
    return config.cmd
  end
  local jar = config.jar
  if not jar then
    for _, candidate in ipairs(M.jar_candidates()) do
      if is_file(candidate) then
        jar = vim.fn.fnamemodify(candidate, ':p')
        break
      end
    end
  end
  if jar then
    local cmd = { M.find_java(config.java) }
    vim.list_extend(cmd, config.jvm_args or {})
    vim.list_extend(cmd, { '-jar', jar, 'lsp' })
    return cmd
  end
  if is_executable('rubric') then
    return { 'rubric', 'lsp' }
  end
  return nil
end

--- The nearest directory above `path` that holds one of the markers, else the file's own directory.
function M.find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local current = dir
  while current and current ~= '' do
    for _, marker in ipairs(markers) do
      if uv.fs_stat(current .. '/' .. marker) then
        return current
      end
    end
    local parent = vim.fn.fnamemodify(current, ':h')
    if parent == current then
      break
    end
    current = parent
  end
  return dir
end

local clients_by_root = {}
local warned = false

local function client_for(bufnr)
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == 'rubric' then
      return client
    end
  end
  return nil
end
M.client_for = client_for

local function on_attach(client, bufnr)
  if M.config.codelens and vim.lsp.codelens then
    local group = vim.api.nvim_create_augroup('rubric_codelens_' .. bufnr, { clear = true })
    vim.api.nvim_create_autocmd({ 'BufEnter', 'InsertLeave', 'BufWritePost' }, {
      group = group,
      buffer = bufnr,
      callback = function()
        pcall(vim.lsp.codelens.refresh)
      end,
    })
    pcall(vim.lsp.codelens.refresh)
  end
  if M.config.on_attach then
    M.config.on_attach(client, bufnr)
  end
end

--- Starts (or reuses) the Rubric client for a buffer. Returns the client id, or nil.
function M.attach(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local name = vim.api.nvim_buf_get_name(bufnr)
  local cmd = M.resolve_cmd(M.config)
  if not cmd then
    if not warned then
      warned = true
      vim.notify('rubric: no server found; set `jar` or `cmd` in require("rubric").setup{}, '
        .. 'set $RUBRIC_JAR, or put `rubric` on the PATH', vim.log.levels.WARN)
    end
    return nil
  end
  local root = M.find_root(name ~= '' and name or vim.fn.getcwd() .. '/x', M.config.root_markers)
  local config = {
    name = 'rubric',
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    settings = M.config.settings,
    init_options = M.config.settings,
    capabilities = M.config.capabilities or vim.lsp.protocol.make_client_capabilities(),
    on_attach = on_attach,
  }
  if vim.lsp.start then -- 0.8+: reuses a running client with the same name and root
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients_by_root[root]
  if not id or not vim.lsp.get_client_by_id(id) or vim.lsp.get_client_by_id(id).is_stopped() then
    id = vim.lsp.start_client(config)
    clients_by_root[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- Asks the server to insert the template blocks the document lacks (workspace/executeCommand;
--- the server answers with a workspace/applyEdit that Neovim applies).
function M.insert_missing_blocks(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local client = client_for(bufnr)
  if not client then
    vim.notify('rubric: no Rubric server for this buffer', vim.log.levels.WARN)
    return
  end
  client.request('workspace/executeCommand', {
    command = 'rubric.insertMissingBlocks',
    arguments = { vim.uri_from_bufnr(bufnr) },
  }, function(err)
    if err then
      vim.notify('rubric: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    end
  end, bufnr)
end

--- The template coverage line, e.g. "ml-system-design · 8/9 blocks · readiness 91/100 · missing: Monitoring"
--- (the title of the server's code lens on the document title). Blocks up to timeout_ms.
function M.coverage(bufnr, timeout_ms)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local client = client_for(bufnr)
  if not client then
    return nil, 'no Rubric server for this buffer'
  end
  local response, err = client.request_sync('textDocument/codeLens',
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, timeout_ms or 5000, bufnr)
  if not response then
    return nil, err or 'no answer'
  end
  if response.err then
    return nil, response.err.message
  end
  for _, lens in ipairs(response.result or {}) do
    if lens.command and lens.command.title then
      return lens.command.title
    end
  end
  return nil, 'no coverage for this document (no template applies)'
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  local group = vim.api.nvim_create_augroup('rubric', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  vim.api.nvim_create_user_command('RubricInsertMissingBlocks', function()
    M.insert_missing_blocks()
  end, { desc = 'Rubric: insert the missing template blocks' })
  vim.api.nvim_create_user_command('RubricCoverage', function()
    local title, err = M.coverage()
    if title then
      print('Rubric: ' .. title)
    else
      vim.notify('rubric: ' .. err, vim.log.levels.WARN)
    end
  end, { desc = 'Rubric: show the template coverage' })
  -- buffers that were already open when setup ran
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.config.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr)
    end
  end
end

return M
