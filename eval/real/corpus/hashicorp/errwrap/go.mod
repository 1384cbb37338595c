module github.com/hashicorp/errwrap

go 1.24.0
