


package uuid

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)




































