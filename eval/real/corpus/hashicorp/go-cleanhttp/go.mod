module github.com/hashicorp/go-cleanhttp

go 1.24
