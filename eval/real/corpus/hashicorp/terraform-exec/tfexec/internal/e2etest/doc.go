









package e2etest
