module github.com/hashicorp/go-secure-stdlib/cryptoutil

go 1.22.0

require (
	github.com/hashicorp/go-hmac-drbg v0.0.0-20210916214228-a6e5a68489f6
	github.com/stretchr/testify v1.9.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
