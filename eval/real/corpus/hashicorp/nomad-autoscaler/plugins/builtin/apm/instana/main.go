


package main

import (
	hclog "github.com/hashicorp/go-hclog"
	"github.com/hashicorp/nomad-autoscaler/plugins"
	instana "github.com/hashicorp/nomad-autoscaler/plugins/builtin/apm/instana/plugin"
)









