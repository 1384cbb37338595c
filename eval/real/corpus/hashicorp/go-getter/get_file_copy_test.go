


package getter

import (
	"bytes"
	"context"
	"io"
	"testing"
	"time"
)









































































