


package base

import (
	"context"
	"fmt"

	"github.com/hashicorp/nomad-autoscaler/plugins/base/proto/v1"
	"github.com/hashicorp/nomad-autoscaler/sdk"
)









































