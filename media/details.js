// Library details page: buttons post a message; the extension decides what to run for its own library.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!target) return;
    const type = target.getAttribute('data-action');
    const index = Number(target.getAttribute('data-index'));
    vscode.postMessage(type === 'copyInstall' ? { type, index } : { type });
    if (type === 'copyInstall') {
      const label = target.textContent;
      target.textContent = 'Copied';
      setTimeout(() => { target.textContent = label; }, 1500);
    }
  });
})();
