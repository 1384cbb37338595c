


package policy

import (
	"github.com/hashicorp/nomad-autoscaler/sdk"
)































