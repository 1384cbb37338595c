module github.com/hashicorp/go-secure-stdlib/parseutil

go 1.20

require (
	github.com/hashicorp/go-secure-stdlib/strutil v0.1.2
	github.com/hashicorp/go-sockaddr v1.0.6
	github.com/mitchellh/mapstructure v1.5.0
	github.com/stretchr/testify v1.8.4
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/ryanuber/go-glob v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
