


package rate_limiter

import (
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/go-cleanhttp"
	"github.com/hashicorp/go-metrics"
	"golang.org/x/time/rate"
)




























































