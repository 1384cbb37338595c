


package strategy

import (
	"context"

	plugin "github.com/hashicorp/go-plugin"
	"github.com/hashicorp/nomad-autoscaler/plugins/base"
	baseproto "github.com/hashicorp/nomad-autoscaler/plugins/base/proto/v1"
	proto "github.com/hashicorp/nomad-autoscaler/plugins/strategy/proto/v1"
	"google.golang.org/grpc"
)































