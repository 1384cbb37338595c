


package manager

import (
	"path/filepath"
	"strings"

	"github.com/hashicorp/nomad-autoscaler/agent/config"
	"github.com/hashicorp/nomad-autoscaler/plugins"
)





























