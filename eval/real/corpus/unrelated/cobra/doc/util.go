













package doc

import (
	"strings"

	"github.com/spf13/cobra"
)































