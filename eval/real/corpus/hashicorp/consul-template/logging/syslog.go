


package logging

import (
	"bytes"

	"github.com/hashicorp/go-syslog"
	"github.com/hashicorp/logutils"
)













































