module github.com/hashicorp/nomad/tools

go 1.23

require (
	github.com/hashicorp/go-set/v3 v3.0.0
	github.com/shoenig/test v1.12.1
)

require github.com/google/go-cmp v0.7.0 // indirect
