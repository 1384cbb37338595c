


package plugin

import (
	"crypto/tls"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/api"
)















































