


package http

import (
	"net/http"
	"strings"
)



















