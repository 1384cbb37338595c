


package strategy

import (
	"os/exec"
	"testing"

	"github.com/hashicorp/go-plugin"
	"github.com/hashicorp/nomad-autoscaler/sdk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

















































































