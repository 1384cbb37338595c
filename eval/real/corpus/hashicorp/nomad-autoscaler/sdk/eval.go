


package sdk

import (
	"time"

	"github.com/hashicorp/nomad-autoscaler/sdk/helper/uuid"
)











































