













package cobra

import (
	"bytes"
	"fmt"
	"testing"
)












