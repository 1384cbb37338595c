module github.com/hashicorp/go-rootcerts

go 1.23

require github.com/mitchellh/go-homedir v1.1.0
