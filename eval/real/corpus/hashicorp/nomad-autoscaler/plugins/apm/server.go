


package apm

import (
	"context"

	plugin "github.com/hashicorp/go-plugin"
	"github.com/hashicorp/nomad-autoscaler/plugins/apm/proto/v1"
	"github.com/hashicorp/nomad-autoscaler/plugins/shared"
)

















































