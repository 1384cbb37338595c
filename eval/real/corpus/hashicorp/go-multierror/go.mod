module github.com/hashicorp/go-multierror

go 1.13
