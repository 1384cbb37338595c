


package base

import (
	"context"

	plugin "github.com/hashicorp/go-plugin"
	"github.com/hashicorp/nomad-autoscaler/plugins/base/proto/v1"
	"google.golang.org/grpc"
)


























