


package apm

import (
	"context"

	plugin "github.com/hashicorp/go-plugin"
	"github.com/hashicorp/nomad-autoscaler/plugins/apm/proto/v1"
	"github.com/hashicorp/nomad-autoscaler/plugins/base"
	baseProto "github.com/hashicorp/nomad-autoscaler/plugins/base/proto/v1"
	"google.golang.org/grpc"
)






























