


package ha

import (
	"context"

	"github.com/hashicorp/nomad-autoscaler/policy"
)




















