-- dockwright's language server in Neovim 0.7+ with the built-in LSP client (no plugin needed).
--
-- Install: copy this file to ~/.config/nvim/lua/dockwright.lua, then in init.lua:
--
--   require('dockwright').setup()
--
-- That runs `dockwright lsp` from PATH for every buffer with filetype `dockerfile`. Another command:
--
--   require('dockwright').setup({ cmd = { 'java', '-jar', '/path/to/dockwright.jar', 'lsp' } })
--
-- Diagnostics appear as you type. Quick fixes, "Ignore <ID> for this line" and "Fix all safe dockwright
-- problems" are code actions (`:lua vim.lsp.buf.code_action()`); hover (`:lua vim.lsp.buf.hover()`) on a
-- diagnostic shows the rule's page. Suggested keys:
--
--   vim.keymap.set('n', '<leader>ca', vim.lsp.buf.code_action)
--   vim.keymap.set('n', 'K', vim.lsp.buf.hover)
--
-- This file is what dockwright's own headless Neovim test loads, so it is the tested configuration.

local M = {}

-- One server per project root: the nearest directory holding .dockwright.yaml or .git.
local clients = {}

local function project_root(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name == '' and vim.fn.getcwd() or vim.fn.fnamemodify(name, ':p:h')
  for _, config in ipairs({ '.dockwright.yaml', '.dockwright.yml' }) do
    local found = vim.fn.findfile(config, dir .. ';')
    if found ~= '' then
      return vim.fn.fnamemodify(found, ':p:h')
    end
  end
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then
    return vim.fn.fnamemodify(git, ':p:h:h')
  end
  return dir
end

-- Starts (or reuses) the server for the buffer's project and attaches the buffer; returns the client id.
function M.attach(bufnr, opts)
  opts = opts or {}
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local root = project_root(bufnr)
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client({
      name = 'dockwright',
      cmd = opts.cmd or { 'dockwright', 'lsp' },
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
      flags = { debounce_text_changes = 150 },
      on_attach = opts.on_attach,
      on_exit = function()
        clients[root] = nil
      end,
    })
    if id == nil then
      vim.notify('dockwright: could not start ' .. table.concat(opts.cmd or { 'dockwright', 'lsp' }, ' '),
        vim.log.levels.ERROR)
      return nil
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

-- Attaches every `dockerfile` buffer (and those of opts.filetypes) as it is opened.
function M.setup(opts)
  opts = opts or {}
  local group = vim.api.nvim_create_augroup('dockwright', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes or { 'dockerfile' },
    callback = function(args)
      M.attach(args.buf, opts)
    end,
  })
end

return M
