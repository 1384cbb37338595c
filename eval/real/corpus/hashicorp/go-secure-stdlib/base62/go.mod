module github.com/hashicorp/go-secure-stdlib/base62

go 1.16

require github.com/hashicorp/go-uuid v1.0.2
