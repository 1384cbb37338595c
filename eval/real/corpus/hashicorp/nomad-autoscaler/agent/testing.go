


package agent

import (
	"net/http"

	metrics "github.com/hashicorp/go-metrics"
)















