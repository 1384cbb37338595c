


package http

import (
	"net/http"
	"sync/atomic"
)

















