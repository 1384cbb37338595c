


package agent

import "net/http"











