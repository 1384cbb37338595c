


package main // import "github.com/hashicorp/consul-template"

import "os"





