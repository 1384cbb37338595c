module github.com/hashicorp/go-secure-stdlib/gatedwriter

go 1.16
