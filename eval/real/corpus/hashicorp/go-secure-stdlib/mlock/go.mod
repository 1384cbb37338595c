module github.com/hashicorp/go-secure-stdlib/mlock

go 1.17

require golang.org/x/sys v0.7.0
