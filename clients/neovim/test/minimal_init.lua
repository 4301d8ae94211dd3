-- Minimal init for the end-to-end test: nothing but this plugin, started with the server
-- command from $RUBRIC_CMD (run through sh, so it may hold a classpath or quotes).
local plugin = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h:h')
vim.opt.runtimepath:prepend(plugin)
vim.opt.swapfile = false
vim.opt.shadafile = 'NONE'
vim.cmd('filetype on')

require('rubric').setup({
  cmd = { 'sh', '-c', 'exec ' .. assert(os.getenv('RUBRIC_CMD'), 'RUBRIC_CMD is not set') },
  settings = { rubric = { debounceMs = 50 } },
})
