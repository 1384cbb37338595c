


package main

import (
	"fmt"
	"os"

	"github.com/hashicorp/nomad-autoscaler/command"
	"github.com/hashicorp/nomad-autoscaler/version"
	"github.com/mitchellh/cli"
)





















