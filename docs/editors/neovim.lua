-- Reuse Radar in Neovim (0.8 or later): add to init.lua. Starts one server per project folder you open Neovim in.
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'svelte',
              'python', 'go', 'java', 'kotlin', 'cs', 'rust' },
  callback = function()
    vim.lsp.start({
      name = 'reuse-radar',
      cmd = { 'reuse-radar', 'lsp', '--stdio' },
      root_dir = vim.fn.getcwd(),
      init_options = {
        reuseRadar = {
          catalogFiles = { 'https://inner-source.acme.example/reuse-radar.json' },
          matching = { threshold = 0.4 },
        },
      },
    })
  end,
})
