-- Drives a headless Neovim through the README's Neovim snippet: opens a fixture file, waits for Reuse Radar's
-- diagnostics, asks for a hover and code actions, applies the quick fix, runs the dismiss, and writes what it saw as
-- JSON to $RR_OUT. Environment: RR_SNIPPET (the snippet with cmd and catalog filled in), RR_FILE, RR_OUT.
local out = { steps = {}, messages = {}, questions = {} }
local function step(name) table.insert(out.steps, name) end

local function write_out()
  local f = assert(io.open(os.getenv('RR_OUT'), 'w'))
  f:write(vim.fn.json_encode(out))
  f:close()
end

-- Debian 12 ships Neovim 0.7.2, which predates vim.lsp.start (0.8): on 0.7 only, the snippet's call is served by
-- the 0.7 API it wraps (start_client + buf_attach_client, one client per name and root).
out.nvim_version = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch)
if vim.lsp.start == nil then
  out.polyfilled_lsp_start = true
  vim.lsp.start = function(config)
    for _, client in pairs(vim.lsp.get_active_clients()) do
      if client.name == config.name and client.config.root_dir == config.root_dir then
        vim.lsp.buf_attach_client(0, client.id)
        return client.id
      end
    end
    local id = vim.lsp.start_client(config)
    if id then vim.lsp.buf_attach_client(0, id) end
    return id
  end
end

-- What a user would click in the prompts: record in the repository's .reuse-radar.json.
vim.lsp.handlers['window/showMessageRequest'] = function(_, params)
  table.insert(out.questions, { message = params.message, actions = vim.tbl_map(function(a) return a.title end, params.actions or {}) })
  return { title = 'Record in .reuse-radar.json' }
end
vim.lsp.handlers['window/showMessage'] = function(_, params)
  table.insert(out.messages, { type = params.type, message = params.message })
end

local function diagnostics(bufnr)
  return vim.tbl_map(function(d)
    local lsp = d.user_data and d.user_data.lsp or {}
    return { line = d.lnum, col = d.col, end_col = d.end_col, message = d.message, source = d.source, severity = d.severity, code = d.code or lsp.code }
  end, vim.diagnostic.get(bufnr))
end

local ok, err = pcall(function()
  dofile(os.getenv('RR_SNIPPET'))
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('RR_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[bufnr].filetype
  step('opened')

  assert(vim.wait(30000, function() return #vim.diagnostic.get(bufnr) >= 3 end, 50), 'no diagnostics within 30 s')
  out.diagnostics = diagnostics(bufnr)
  step('diagnostics')

  vim.api.nvim_win_set_cursor(0, { 1, 20 })
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', vim.lsp.util.make_position_params(), 10000)
  for _, response in pairs(hover or {}) do
    if response.result then out.hover = response.result.contents end
  end
  step('hover')

  local client = vim.lsp.get_active_clients({ name = 'reuse-radar' })[1] or vim.lsp.get_active_clients()[1]
  local function actions_on(line)
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = 40 } },
      context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, line) },
    }
    local response = client.request_sync('textDocument/codeAction', params, 10000, bufnr)
    return response and response.result or {}
  end
  local on_retry = actions_on(1)
  out.retry_actions = vim.tbl_map(function(a) return a.title end, on_retry)
  for _, action in ipairs(on_retry) do
    if action.edit then vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16') end
  end
  out.line2_after_fix = vim.api.nvim_buf_get_lines(bufnr, 1, 2, false)[1]
  step('quick fix')

  local on_axios = actions_on(0)
  out.axios_actions = vim.tbl_map(function(a) return a.title end, on_axios)
  for _, action in ipairs(on_axios) do
    if action.command and action.command.command == 'reuseRadar.dismiss' then
      local response = client.request_sync('workspace/executeCommand', { command = action.command.command, arguments = action.command.arguments }, 10000, bufnr)
      out.dismiss_result = response and response.result
    end
  end
  step('dismiss')

  -- The quick fix made line 2 an internal import, the dismissal silenced axios: only the deprecated import is left.
  vim.wait(30000, function() return #vim.diagnostic.get(bufnr) == 1 end, 50)
  out.diagnostics_after = diagnostics(bufnr)
  step('done')
end)
if not ok then out.error = tostring(err) end
write_out()
vim.cmd('qa!')
