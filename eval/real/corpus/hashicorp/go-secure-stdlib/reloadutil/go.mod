module github.com/hashicorp/go-secure-stdlib/reloadutil

go 1.16
