




package policy

import (
	"context"

	"github.com/hashicorp/nomad-autoscaler/sdk"
)





























