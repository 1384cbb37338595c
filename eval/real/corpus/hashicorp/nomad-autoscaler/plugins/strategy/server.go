


package strategy

import (
	"context"

	plugin "github.com/hashicorp/go-plugin"
	"github.com/hashicorp/nomad-autoscaler/plugins/shared"
	proto "github.com/hashicorp/nomad-autoscaler/plugins/strategy/proto/v1"
	"github.com/hashicorp/nomad-autoscaler/sdk"
)










































