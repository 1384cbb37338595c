


package getter

import (
	"net/http"
	"strings"
	"testing"
)
























































