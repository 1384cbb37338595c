


package nodepool

import (
	"strings"

	"github.com/hashicorp/nomad/api"
)

























