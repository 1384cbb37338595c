


package nomad

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/hashicorp/nomad-autoscaler/policy"

	hclog "github.com/hashicorp/go-hclog"
	"github.com/hashicorp/nomad/api"
)


























































