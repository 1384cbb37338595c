;; Reuse Radar in Emacs with Eglot (built in since Emacs 29; on Emacs 26.3 to 28, M-x package-install RET eglot):
;; add to init.el, then M-x eglot in a project file (or add `eglot-ensure' to these modes' hooks).
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '(((typescript-ts-mode :language-id "typescript") (tsx-ts-mode :language-id "typescriptreact")
                  (typescript-mode :language-id "typescript") (js-ts-mode :language-id "javascript")
                  (js-mode :language-id "javascript") python-ts-mode python-mode go-ts-mode go-mode
                  java-ts-mode java-mode)
                 "reuse-radar" "lsp" "--stdio"
                 :initializationOptions
                 (:reuseRadar (:catalogFiles ["https://inner-source.acme.example/reuse-radar.json"]
                               :matching (:threshold 0.4))))))
