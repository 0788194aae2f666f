-- Driven by dev.dockwright.lsp.NeovimClientTest: Neovim's own LSP client, configured by
-- integrations/nvim/dockwright.lua, against `dockwright lsp`. Writes what it saw to $DOCKWRIGHT_RESULT as
-- JSON and quits; the JUnit test asserts on that file.
local result = { steps = {} }
local timeout = 60000

local function step(name)
  table.insert(result.steps, name)
end

local function diagnostics(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(out, {
      code = lsp.code or d.code,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      source = d.source or lsp.source,
      message = d.message,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
    })
  end
  table.sort(out, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    return a.col < b.col
  end)
  return out
end

local function codes(bufnr)
  local out = {}
  for _, d in ipairs(diagnostics(bufnr)) do
    table.insert(out, d.code)
  end
  return table.concat(out, ',')
end

local function wait_for_codes(bufnr, expected, what)
  local ok = vim.wait(timeout, function()
    return codes(bufnr) == expected
  end, 50)
  if not ok then
    error(what .. ': expected diagnostics [' .. expected .. '] but have [' .. codes(bufnr) .. ']')
  end
end

-- Asks the server for code actions on a range with the context vim.lsp.buf.code_action() sends (the
-- line's diagnostics, back in LSP form), and applies the one with this title.
local function apply_action(bufnr, client, range, title, only)
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = range,
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, range.start.line), only = only },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
  local titles = {}
  local chosen
  for _, response in pairs(responses or {}) do
    if response.error then
      error('codeAction failed: ' .. vim.inspect(response.error))
    end
    for _, action in ipairs(response.result or {}) do
      table.insert(titles, action.title)
      if action.title == title then
        chosen = action
      end
    end
  end
  if chosen == nil then
    error('no code action "' .. title .. '" among ' .. vim.inspect(titles))
  end
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  return titles
end

local function lines(bufnr)
  return vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
end

local ok, err = pcall(function()
  local dockwright = dofile(os.getenv('DOCKWRIGHT_SNIPPET'))
  dockwright.setup({ cmd = vim.fn.json_decode(os.getenv('DOCKWRIGHT_CMD')) })
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('DOCKWRIGHT_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  step('opened')

  local client
  vim.wait(timeout, function()
    client = vim.lsp.get_active_clients()[1]
    return client ~= nil and client.initialized
  end, 50)
  if client == nil then
    error('the dockwright client did not start')
  end
  result.server_name = client.name
  step('attached')

  wait_for_codes(bufnr, 'DW3000,DW3001,DW3002', 'on open')
  result.diagnostics = diagnostics(bufnr)
  step('diagnostics')

  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    position = { line = 2, character = 8 },
  }, timeout)
  for _, response in pairs(hover or {}) do
    if response.result then
      result.hover = response.result.contents.value
    end
  end
  step('hover')

  result.titles = apply_action(bufnr, client, { start = { line = 2, character = 8 }, ['end'] = { line = 2, character = 8 } },
    'Rewrite as `JAVA_HOME=/opt/java`')
  result.after_fix = lines(bufnr)
  wait_for_codes(bufnr, 'DW3000,DW3002', 'after the quick fix')
  step('quick fix')

  apply_action(bufnr, client, { start = { line = 1, character = 0 }, ['end'] = { line = 1, character = 10 } },
    'Ignore DW3000 for this line')
  result.after_ignore = lines(bufnr)
  wait_for_codes(bufnr, 'DW3002', 'after ignoring DW3000')
  step('ignore')

  apply_action(bufnr, client, { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    'Fix all safe dockwright problems', { 'source.fixAll' })
  result.after_fix_all = lines(bufnr)
  wait_for_codes(bufnr, '', 'after fix all')
  result.final_diagnostics = #vim.diagnostic.get(bufnr)
  step('fix all')

  vim.lsp.stop_client(client.id)
  result.stopped = vim.wait(timeout, function()
    return vim.lsp.get_client_by_id(client.id) == nil
  end, 50)
  step('stopped')
end)

result.ok = ok
result.error = ok and vim.NIL or tostring(err)
local out = io.open(os.getenv('DOCKWRIGHT_RESULT'), 'w')
out:write(vim.fn.json_encode(result))
out:close()
vim.cmd('qa!')
