module github.com/hashicorp/logutils
